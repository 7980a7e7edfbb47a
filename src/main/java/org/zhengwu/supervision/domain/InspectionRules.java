package org.zhengwu.supervision.domain;

/** WR-70 从严控制各类实地督查活动: the checks on a field inspection, as plain functions. */
public final class InspectionRules {

    private InspectionRules() {
    }

    /** WR-70: no whole-city full-coverage inspection, except by the municipal committee's and government's deployment. */
    public static boolean wholeCityRefused(boolean wholeCity, boolean unifiedDeployment) {
        return wholeCity && !unifiedDeployment;
    }

    /**
     * WR-70: a cross-department inspection in a department's or unit's name (not the government's
     * or its office's), and any supervision notice to county governments or their offices, need approval.
     */
    public static boolean needsApproval(boolean crossDepartment, boolean byTheGovernmentOrItsOffice,
            boolean noticeToCounties) {
        return crossDepartment && !byTheGovernmentOrItsOffice || noticeToCounties;
    }
}
