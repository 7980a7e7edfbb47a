package org.zhengwu.supervision;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.escalation.RecipientResolver;
import org.zhengwu.kernel.SubjectRef;
import org.zhengwu.supervision.persistence.SupervisedItemStore;

/**
 * Who the WR-69 ladder's {@code subject:handler} and {@code subject:leader} of an item are: the
 * lead units (all handling units when none is resolved), and the leader the result goes to.
 */
@Component
class ItemRecipients implements RecipientResolver {

    private final SupervisedItemStore items;

    ItemRecipients(SupervisedItemStore items) {
        this.items = items;
    }

    @Override
    public String subjectType() {
        return "supervision-item";
    }

    @Override
    public List<String> resolve(SubjectRef subject, String party) {
        var item = items.find(subject.id());
        if (item.isEmpty()) {
            return List.of();
        }
        return switch (party) {
            case "handler" -> handlers(item.get());
            case "leader" -> item.get().leaderPerson() == null ? List.of() : List.of("person:" + item.get().leaderPerson());
            default -> List.of();
        };
    }

    private static List<String> handlers(Item item) {
        var leads = item.leads().stream().filter(ItemUnit::resolved).map(u -> "unit:" + u.orgUnit().value()).toList();
        return leads.isEmpty()
                ? item.units().stream().filter(ItemUnit::resolved).map(u -> "unit:" + u.orgUnit().value()).distinct().toList()
                : leads;
    }
}
