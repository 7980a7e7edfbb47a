package org.zhengwu.supervision;

/** An evidence file attached to a report. */
public record Upload(String filename, String contentType, byte[] content) {

    public Upload {
        content = content == null ? new byte[0] : content.clone();
    }
}
