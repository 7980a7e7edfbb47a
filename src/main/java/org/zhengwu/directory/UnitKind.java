package org.zhengwu.directory;

import java.util.Optional;

/**
 * What kind of organisational unit: the municipal government, its General Office, a
 * municipal department (工作部门), a directly affiliated body (直属机构、事业单位), a
 * county-level division (县、市、区), a development zone (市属开发区), or a body outside the
 * municipal government that the gazette names (higher-level bodies, enterprises, mass organisations).
 */
public enum UnitKind {
    GOVERNMENT(null),
    GENERAL_OFFICE(null),
    DEPARTMENT("DEPARTMENT_HEAD"),
    AFFILIATED_BODY("DEPARTMENT_HEAD"),
    COUNTY("COUNTY_HEAD"),
    DEVELOPMENT_ZONE("ZONE_DIRECTOR"),
    EXTERNAL(null);

    private final String headPostKind;

    UnitKind(String headPostKind) {
        this.headPostKind = headPostKind;
    }

    /**
     * The rule pack's post kind of this kind of unit's principal post, where the rules name one
     * (WR-76 lists department heads, county heads and zone directors); the government's and the
     * General Office's leaders are posts of their own.
     */
    public Optional<String> headPostKind() {
        return Optional.ofNullable(headPostKind);
    }
}
