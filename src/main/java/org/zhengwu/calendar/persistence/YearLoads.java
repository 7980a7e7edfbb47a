package org.zhengwu.calendar.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The holiday files loaded at run time: every load kept, the latest of each year in force. */
@Repository
public class YearLoads {

    private final JdbcClient jdbc;

    YearLoads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A stored load.
     *
     * @param year       the notice's year
     * @param offDays    how many days off the file lists
     * @param makeUpDays how many working days (调休上班) the file lists
     */
    public record YearLoad(long id, int year, HolidayFile file, int offDays, int makeUpDays) {
    }

    public void add(int year, HolidayFile file, int offDays, int makeUpDays) {
        jdbc.sql("""
                INSERT INTO calendar.year_load (notice_year, source, sha256, content, off_days, makeup_days,
                                                loaded_by, loaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(year, file.source(), file.sha256(), file.content(), offDays, makeUpDays, file.loadedBy(),
                        Timestamp.from(file.loadedAt()))
                .update();
    }

    /** The load in force for each year: the latest. */
    public List<YearLoad> inForce() {
        return jdbc.sql("""
                SELECT * FROM calendar.year_load l
                WHERE l.id = (SELECT MAX(m.id) FROM calendar.year_load m WHERE m.notice_year = l.notice_year)
                ORDER BY l.notice_year""")
                .query(YearLoads::map).list();
    }

    /** The most recent loads, newest first. */
    public List<YearLoad> history(int limit) {
        return jdbc.sql("SELECT * FROM calendar.year_load ORDER BY id DESC LIMIT ?").param(limit)
                .query(YearLoads::map).list();
    }

    private static YearLoad map(ResultSet rs, int row) throws SQLException {
        var file = new HolidayFile(rs.getString("source"), rs.getString("content"), rs.getString("sha256"),
                rs.getString("loaded_by"), rs.getTimestamp("loaded_at").toInstant());
        return new YearLoad(rs.getLong("id"), rs.getInt("notice_year"), file, rs.getInt("off_days"),
                rs.getInt("makeup_days"));
    }
}
