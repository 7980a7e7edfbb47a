package org.zhengwu.kernel;

/** The stable ID of an organisational unit of the directory (a department, a county, the General Office). */
public record OrgUnitId(String value) {

    public OrgUnitId {
        Ids.require(value, "org unit");
    }

    @Override
    public String toString() {
        return value;
    }
}
