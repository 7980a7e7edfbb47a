package org.zhengwu.calendar.domain;

import org.zhengwu.calendar.Pause;

/**
 * Says in one Chinese sentence why a deadline falls where it does, e.g. 自2022年3月31日起算5个
 * 工作日，至2022年4月8日（星期五）：4月2日（星期六）调休上班；4月3日至5日清明节放假。
 * A walk through a year without official data adds that the date is provisional.
 */
public final class Explanation {

    private final Texts texts;
    private final DateWords words;
    private final Clauses clauses;

    public Explanation(Texts texts) {
        this.texts = texts;
        this.words = new DateWords(texts);
        this.clauses = new Clauses(texts, words);
    }

    public String of(Walk walk) {
        var reasons = clauses.of(walk);
        var sentence = reasons.isEmpty() ? texts.get("calendar.explain.plain", head(walk))
                : texts.get("calendar.explain.with-reasons", head(walk),
                        String.join(texts.get("calendar.explain.separator"), reasons));
        var notes = new StringBuilder(sentence);
        walk.provisionalYears().forEach(y -> notes.append(texts.get("calendar.explain.provisional", y.toString())));
        return notes.toString();
    }

    private String head(Walk walk) {
        var clock = walk.clock();
        var counting = texts.get("calendar.explain.counting", words.full(clock.start()),
                Integer.toString(clock.totalWorkingDays()));
        if (walk.paused()) {
            Pause open = walk.stoppedBy();
            var reason = open.reason() == null || open.reason().isBlank() ? null : open.reason().strip();
            return reason == null ? texts.get("calendar.explain.paused-no-reason", counting, words.full(open.from()))
                    : texts.get("calendar.explain.paused", counting, words.full(open.from()), reason);
        }
        return texts.get("calendar.explain.due", counting, words.full(walk.end()), words.weekday(walk.end()));
    }
}
