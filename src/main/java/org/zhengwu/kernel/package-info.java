/**
 * Value records shared by every module: identifiers, rule IDs, roles, the reference to an
 * audited subject. No beans, no behaviour beyond validation.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.zhengwu.kernel;
