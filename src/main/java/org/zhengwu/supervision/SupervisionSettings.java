package org.zhengwu.supervision;

import java.util.List;
import java.util.Optional;

/**
 * The supervision ledger's numbers and tables from the rule pack's {@code supervision:} section.
 *
 * @param categories        the focus categories of the annual plan (WR-67)
 * @param ladderId          the WR-69 ladder every open item is watched on
 * @param instructionStartStep the ladder step a leader's instruction item starts at
 * @param lookBackWorkingDays  working days after closing when the look-back falls due (WR-68)
 * @param meetingReportMonths  months after a meeting its decisions are reported (WR-71)
 * @param yellowWithinWorkingDays an open item this close to its due date shows yellow
 * @param cycles            reporting cycles of items without a deadline
 * @param defaultCycle      the cycle of a plan task without a deadline
 * @param unitPrefix        the city prefix unit names are matched without (聊城市)
 * @param collectives       collective unit names and the kinds of unit they stand for
 * @param sharedSuffixes    organ suffixes a list of place names may share (莘县、阳谷县人民政府)
 * @param placeEndings      how such a place name ends (县, 市, 区)
 */
public record SupervisionSettings(List<Category> categories, String ladderId, int instructionStartStep,
        int lookBackWorkingDays, int meetingReportMonths, int yellowWithinWorkingDays, List<String> cycles,
        String defaultCycle, String unitPrefix, List<Collective> collectives, List<String> sharedSuffixes,
        List<String> placeEndings) {

    public SupervisionSettings {
        categories = List.copyOf(categories);
        cycles = List.copyOf(cycles);
        collectives = List.copyOf(collectives);
        sharedSuffixes = List.copyOf(sharedSuffixes);
        placeEndings = List.copyOf(placeEndings);
    }

    /** A focus category of WR-67, such as 重要会议确定的工作部署. */
    public record Category(String id, String name) {
    }

    /** A name such as 各县（市、区）人民政府 that stands for every unit of the listed kinds. */
    public record Collective(String name, List<String> kinds) {
        public Collective {
            kinds = List.copyOf(kinds);
        }
    }

    public Optional<Category> category(String id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Collective> collective(String name) {
        return collectives.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
