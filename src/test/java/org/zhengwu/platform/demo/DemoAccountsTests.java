package org.zhengwu.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.zhengwu.IntegrationTest;
import org.zhengwu.kernel.OrgUnitId;
import org.zhengwu.kernel.PersonId;
import org.zhengwu.kernel.Role;
import org.zhengwu.platform.security.UserAccounts;

@IntegrationTest
class DemoAccountsTests {

    @Autowired
    UserAccounts accounts;
    @Autowired
    ApplicationContext context;

    @Test
    void theDemoAccountsAreCreatedOnceWithTheirPersonsAndUnits() {
        var loader = new DemoAccounts(accounts);
        loader.load(new ClassPathResource("demo/accounts.yaml"));
        assertThat(loader.load(new ClassPathResource("demo/accounts.yaml"))).isEmpty();
        assertThat(accounts.find("mayor")).get().satisfies(a -> {
            assertThat(a.roles()).containsExactly(Role.MAYOR);
            assertThat(a.person()).isEqualTo(new PersonId("li-changping"));
        });
        assertThat(accounts.find("vicemayor-chen")).get().satisfies(a -> assertThat(a.roles()).containsExactly(Role.VICE_MAYOR));
        assertThat(accounts.find("clerk-zjj")).get().satisfies(a -> assertThat(a.orgUnit()).isEqualTo(new OrgUnitId("zjj")));
        assertThat(accounts.find("office")).get().satisfies(a -> assertThat(a.roles()).containsExactly(Role.OFFICE_STAFF));
        assertThat(accounts.find("head-sthj")).get().satisfies(a -> {
            assertThat(a.roles()).containsExactly(Role.CLERK);
            assertThat(a.orgUnit()).isEqualTo(new OrgUnitId("sthjj"));
            assertThat(a.person()).isEqualTo(new PersonId("demo-head-sthjj"));
        });
        assertThat(accounts.find("auditor")).get().satisfies(a -> assertThat(a.roles()).containsExactly(Role.AUDITOR));
    }

    @Test
    void outsideTheDemoProfileNoDemoAccountsAreLoaded() {
        assertThat(context.getBeansOfType(DemoAccounts.class)).isEmpty();
    }
}
