/** The demo profile's directory, loaded from {@code demo/directory.yaml}; never active in production. */
package org.zhengwu.directory.demo;
