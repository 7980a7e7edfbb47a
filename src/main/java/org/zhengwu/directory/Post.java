package org.zhengwu.directory;

import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PostId;

/**
 * A post (职务): one seat, held by at most one person on a day.
 *
 * @param title the title as printed, e.g. 副市长 or 市住房公积金管理中心主任
 * @param kind  a post kind of the rule pack, e.g. {@code VICE_MAYOR}, {@code DEPARTMENT_HEAD}
 * @param rank  the order among the unit's posts (列…之后 puts a seat after another)
 * @param head  whether this is the unit's principal post
 */
public record Post(PostId id, String title, String kind, OrgUnitId unit, int rank, boolean head) {
}
