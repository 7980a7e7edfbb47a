package org.zhengwu.document.outgoing;

import java.util.List;
import java.util.function.Supplier;
import org.zhengwu.gazette.Disclosure;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PostId;
import org.zhengwu.platform.Actor;
import org.zhengwu.platform.CurrentActor;

/** Drafts for the tests, and running as someone. */
final class OutgoingFixture {

    private OutgoingFixture() {
    }

    static <T> T as(Actor actor, Supplier<T> work) {
        return CurrentActor.runAs(actor, work);
    }

    static void as(Actor actor, Runnable work) {
        CurrentActor.runAs(actor, work);
    }

    static Builder draft(Issuer issuer, Category category) {
        return new Builder(issuer, category);
    }

    static final class Builder {
        Issuer issuer;
        Category category;
        String title = "关于加强大气污染防治工作的通知";
        String body = "为做好大气污染防治工作，现通知如下。\n一、加强组织领导。\n二、落实工作责任。";
        List<String> addressees = List.of("各县（市、区）人民政府", "市属开发区管委会");
        Disclosure disclosure = Disclosure.PROACTIVE;
        String reason;
        Classification classification = Classification.NONE;
        Integer secrecyPeriod;
        Urgency urgency = Urgency.NONE;
        List<OrgUnitId> concerned = List.of();
        boolean disputed;
        PostId authorised;
        boolean policy;
        String interpretation;
        String approval;
        String prefix;

        Builder(Issuer issuer, Category category) {
            this.issuer = issuer;
            this.category = category;
        }

        Builder disclosure(Disclosure d, String why) {
            disclosure = d;
            reason = why;
            return this;
        }

        Builder classified(Classification c) {
            classification = c;
            return this;
        }

        Builder secrecyPeriod(int years) {
            secrecyPeriod = years;
            return this;
        }

        Builder urgency(Urgency u) {
            urgency = u;
            return this;
        }

        Builder concerned(OrgUnitId... units) {
            concerned = List.of(units);
            return this;
        }

        Builder disputed() {
            disputed = true;
            return this;
        }

        Builder authorised(PostId post) {
            authorised = post;
            return this;
        }

        Builder interpretation(String text) {
            interpretation = text;
            return this;
        }

        Builder body(String text) {
            body = text;
            return this;
        }

        Builder addressees(String... names) {
            addressees = List.of(names);
            return this;
        }

        Builder approval(String reference) {
            approval = reference;
            return this;
        }

        Builder prefix(String p) {
            prefix = p;
            return this;
        }

        Builder title(String t) {
            title = t;
            return this;
        }

        DraftInput input() {
            return new DraftInput(issuer, category, title, body, addressees, List.of("市委办公室"), disclosure, reason,
                    classification, secrecyPeriod, urgency, concerned, disputed, authorised, policy, interpretation, approval, prefix);
        }
    }
}
