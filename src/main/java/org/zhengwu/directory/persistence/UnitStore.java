package org.zhengwu.directory.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.directory.OrgUnit;
import org.zhengwu.directory.UnitKind;
import org.zhengwu.kernel.OrgUnitId;

/** Organisational units and their aliases. */
@Repository
public class UnitStore {

    private static final String ORDER = " ORDER BY rank_order, name";

    private final JdbcClient jdbc;
    private final DirectoryReads reads;

    UnitStore(JdbcClient jdbc, DirectoryReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    public Optional<OrgUnit> find(OrgUnitId id) {
        return reads.get(() -> load(id), "unit", id.value());
    }

    private Optional<OrgUnit> load(OrgUnitId id) {
        return jdbc.sql("SELECT * FROM directory.org_unit WHERE id = ?").param(id.value())
                .query(UnitStore::map).optional().map(u -> u.withAliases(aliasesOf(id)));
    }

    public List<OrgUnit> all() {
        return reads.get(() -> withAliases(jdbc.sql("SELECT * FROM directory.org_unit" + ORDER).query(UnitStore::map)
                .list()), "units");
    }

    public List<OrgUnit> children(OrgUnitId parent) {
        return reads.get(() -> withAliases(jdbc.sql("SELECT * FROM directory.org_unit WHERE parent_id = ?" + ORDER)
                .param(parent.value()).query(UnitStore::map).list()), "children", parent.value());
    }

    public boolean exists(OrgUnitId id) {
        return find(id).isPresent();
    }

    public Optional<OrgUnitId> byName(String name) {
        return reads.get(() -> jdbc.sql("SELECT id FROM directory.org_unit WHERE name = ?").param(name)
                .query((rs, i) -> new OrgUnitId(rs.getString(1))).optional(), "unitNamed", name);
    }

    public Optional<OrgUnitId> byAlias(String alias) {
        return reads.get(() -> jdbc.sql("SELECT unit_id FROM directory.unit_alias WHERE alias = ?").param(alias)
                .query((rs, i) -> new OrgUnitId(rs.getString(1))).optional(), "unitAliased", alias);
    }

    public void insert(OrgUnit unit) {
        reads.write(() -> jdbc.sql("INSERT INTO directory.org_unit (id, name, short_name, kind, parent_id, rank_order)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(unit.id().value(), unit.name(), unit.shortName(), unit.kind().name(),
                        unit.parent() == null ? null : unit.parent().value(), unit.rank())
                .update());
    }

    public void addAlias(OrgUnitId unit, String alias) {
        reads.write(() -> jdbc.sql("INSERT INTO directory.unit_alias (alias, unit_id) VALUES (?, ?)")
                .params(alias, unit.value()).update());
    }

    private List<String> aliasesOf(OrgUnitId id) {
        return jdbc.sql("SELECT alias FROM directory.unit_alias WHERE unit_id = ? ORDER BY alias")
                .param(id.value()).query(String.class).list().stream().toList();
    }

    private List<OrgUnit> withAliases(List<OrgUnit> units) {
        Map<String, List<String>> aliases = new HashMap<>();
        jdbc.sql("SELECT unit_id, alias FROM directory.unit_alias ORDER BY alias").query((ResultSet rs) -> {
            aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return units.stream().map(u -> u.withAliases(List.copyOf(aliases.getOrDefault(u.id().value(), List.of()))))
                .toList();
    }

    private static OrgUnit map(ResultSet rs, int row) throws SQLException {
        var parent = rs.getString("parent_id");
        return new OrgUnit(new OrgUnitId(rs.getString("id")), rs.getString("name"), rs.getString("short_name"),
                UnitKind.valueOf(rs.getString("kind")), parent == null ? null : new OrgUnitId(parent),
                rs.getInt("rank_order"), List.of());
    }
}
