/** 发文 over REST ({@code /api/v1/outgoing}) and pages ({@code /outgoing}): thin adapters on the outgoing facades. */
package org.zhengwu.document.outgoing.web;
