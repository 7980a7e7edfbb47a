/** The demo profile's gazette: the seed issue, imported and published at start; never active in production. */
package org.zhengwu.gazette.demo;
