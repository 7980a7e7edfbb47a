package org.zhengwu.gazette.domain.model;

import org.zhengwu.kernel.UserError;

/**
 * The input cannot be read as a gazette: empty, binary, too large, damaged, or without any
 * recognisable document. The only exception the reader and the parser throw; the command line
 * prints its message on one line and exits 2.
 */
public class GazetteInputRefused extends UserError {

    public GazetteInputRefused(String messageKey, Object... arguments) {
        super(messageKey, "FILE", arguments);
    }
}
