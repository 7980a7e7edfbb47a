package org.zhengwu.audit;

/**
 * The result of checking the chain: how many records were checked and, when it is broken,
 * the first record that does not match and why.
 */
public record Verification(long checked, Long firstBrokenSeq, String reason) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
