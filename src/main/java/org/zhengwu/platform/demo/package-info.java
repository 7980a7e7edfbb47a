/** The demo profile's login accounts, loaded from {@code demo/accounts.yaml}; never active in production. */
package org.zhengwu.platform.demo;
