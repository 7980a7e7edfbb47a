package org.zhengwu.gazette.domain.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One document of an issue: a notice, an opinion, rules, a plan, an appointment notice, the
 * chronicle. A notice that issues (印发) rules or a plan keeps the issued text as attachment
 * units, so the articles of the rules are reachable under the notice.
 *
 * @param docNumber      the document number, null when the document has none
 * @param issuer         the issuing authority (发文机关), null when the text does not name it
 * @param title          the title without the issuer, as the catalogue prints it
 * @param kind           the kind of the document itself, from its title
 * @param issuedKind     for a notice that issues another text, the kind of that text; else null
 * @param signedDate     the date of the signature (成文日期)
 * @param signedDateText the date as printed, null when there is none
 * @param signer         the authority named in the signature block, null when there is none
 * @param addressees     the main recipients (主送机关), in order
 * @param effectiveFrom  the day it takes effect (施行), null when the text does not say
 * @param effectiveUntil the last day it is valid (有效期至), null when the text does not say
 * @param units          the structure: paragraphs, attachments, chapters, articles, items
 * @param tasks          tasks carrying lead and responsible units (牵头单位 / 责任单位)
 * @param appointments   appointments and removals (任免)
 * @param chronicle      dated entries of a chronicle (大事记)
 * @param planItems      items of a legislation plan
 * @param page           the page the catalogue gives for it, null when not listed
 * @param line           the source line where the document starts
 */
public record ParsedDocument(
        DocNumber docNumber,
        String issuer,
        String title,
        DocumentKind kind,
        DocumentKind issuedKind,
        LocalDate signedDate,
        String signedDateText,
        String signer,
        List<String> addressees,
        LocalDate effectiveFrom,
        LocalDate effectiveUntil,
        List<Unit> units,
        List<Task> tasks,
        List<Appointment> appointments,
        List<ChronicleEntry> chronicle,
        List<PlanItem> planItems,
        Integer page,
        int line) {

    public ParsedDocument {
        addressees = List.copyOf(addressees);
        units = List.copyOf(units);
        tasks = List.copyOf(tasks);
        appointments = List.copyOf(appointments);
        chronicle = List.copyOf(chronicle);
        planItems = List.copyOf(planItems);
    }

    /** Every unit of the document, depth first, in the order of the text. */
    public java.util.stream.Stream<Unit> allUnits() {
        return units.stream().flatMap(Unit::selfAndDescendants);
    }
}
