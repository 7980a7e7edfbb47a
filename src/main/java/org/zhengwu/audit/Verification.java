package org.zhengwu.audit;

/**
 * The result of checking the chain: how many sealed records were checked and, when something
 * is wrong, why: with {@code firstBrokenSeq} the first sealed record that does not match, without
 * it records that have stayed unsealed.
 */
public record Verification(long checked, Long firstBrokenSeq, String reason) {

    public boolean intact() {
        return reason == null;
    }
}
