/**
 * The documents desk's rules in plain Java: the submission as the clerk sends it, the intake
 * checks (one small function per clause of WR-55 and WR-56, each returning its findings), the
 * outcome they add up to, and the rule pack's intake section.
 */
package org.zhengwu.document.domain;
