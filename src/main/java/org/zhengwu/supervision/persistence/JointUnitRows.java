package org.zhengwu.supervision.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhengwu.kernel.OrgUnitId;

/** The joint supervising units of major decisions (WR-66), in the order the office named them. */
final class JointUnitRows {

    private JointUnitRows() {
    }

    static void insert(JdbcClient jdbc, String itemId, List<OrgUnitId> joint) {
        for (int k = 0; k < joint.size(); k++) {
            jdbc.sql("INSERT INTO supervision.item_joint_unit (item_id, position, org_unit) VALUES (?, ?, ?)")
                    .params(itemId, k, joint.get(k).value()).update();
        }
    }

    static void replace(JdbcClient jdbc, String itemId, List<OrgUnitId> joint) {
        jdbc.sql("DELETE FROM supervision.item_joint_unit WHERE item_id = ?").param(itemId).update();
        insert(jdbc, itemId, joint);
    }

    /** The joint units of the items, by item id; items without any are absent. */
    static Map<String, List<OrgUnitId>> of(JdbcClient jdbc, List<String> ids) {
        var out = new LinkedHashMap<String, List<OrgUnitId>>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT item_id, org_unit FROM supervision.item_joint_unit WHERE item_id IN (:ids) ORDER BY item_id, position")
                .param("ids", ids).query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new OrgUnitId(rs.getString(2)));
                });
        return out;
    }
}
