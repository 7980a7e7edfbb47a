package org.zhengwu.document.outgoing;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zhengwu.directory.Directory;
import org.zhengwu.directory.OrgUnit;
import org.zhengwu.directory.Post;
import org.zhengwu.directory.UnitKind;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PostId;

/**
 * The posts a draft's steps address, found in the directory from its lead department: the
 * government above it, that government's General Office, their leaders, the deputies in charge.
 */
@Component
class GovernmentPosts {

    private final Directory directory;

    GovernmentPosts(Directory directory) {
        this.directory = directory;
    }

    /** The government the unit belongs to (itself, or the nearest GOVERNMENT above it). */
    Optional<OrgUnit> governmentOf(OrgUnitId unit) {
        var current = directory.unit(unit);
        while (current.isPresent() && current.get().kind() != UnitKind.GOVERNMENT) {
            var parent = current.get().parent();
            current = parent == null ? Optional.empty() : directory.unit(parent);
        }
        return current;
    }

    Optional<OrgUnit> generalOfficeOf(OrgUnitId unit) {
        return governmentOf(unit).flatMap(g -> directory.children(g.id()).stream()
                .filter(c -> c.kind() == UnitKind.GENERAL_OFFICE).findFirst());
    }

    /** A post of the pack's kind in the government (MAYOR, EXECUTIVE_VICE_MAYOR) or its office (SECRETARY_GENERAL). */
    Optional<PostId> ofKind(OrgUnitId lead, String kind) {
        var gov = governmentOf(lead).map(OrgUnit::id);
        var office = generalOfficeOf(lead).map(OrgUnit::id);
        return directory.postsOfKind(kind).stream()
                .filter(p -> p.unit().equals(gov.orElse(null)) || p.unit().equals(office.orElse(null)))
                .map(Post::id).findFirst();
    }

    /** The leader in charge (分管) of the unit: a vice-mayor, or the mayor for the units in the mayor's charge. */
    Optional<PostId> leaderInChargeOf(OrgUnitId unit) {
        return directory.inChargeOf(unit).map(Post::id);
    }

    Optional<PostId> reviewer(Reviewer reviewer, OrgUnitId lead) {
        return switch (reviewer) {
            case BUSINESS_DEPUTY -> directory.deputyInChargeOf(lead).map(Post::id);
            case DOCUMENTS_DEPUTY -> generalOfficeOf(lead).flatMap(o -> directory.deputyInChargeOf(o.id())).map(Post::id);
            case SECRETARY_GENERAL -> ofKind(lead, "SECRETARY_GENERAL");
        };
    }

    /** The unit of the lead's government whose name ends with the suffix (WR-22: 司法局). */
    Optional<OrgUnit> unitNamed(OrgUnitId lead, String suffix) {
        var gov = governmentOf(lead).map(OrgUnit::id).orElse(null);
        return directory.units().stream().filter(u -> gov != null && gov.equals(u.parent()))
                .filter(u -> u.name().endsWith(suffix)).findFirst();
    }

    Optional<PostId> headOf(OrgUnitId unit) {
        return directory.headPostOf(unit).map(Post::id);
    }

    boolean isLowerGovernment(String addressee) {
        return directory.findUnit(addressee)
                .map(u -> u.kind() == UnitKind.COUNTY || u.kind() == UnitKind.DEVELOPMENT_ZONE).orElse(false);
    }

    Directory directory() {
        return directory;
    }
}
