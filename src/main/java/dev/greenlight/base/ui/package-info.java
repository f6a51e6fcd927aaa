/** The chrome every view shares (layout, navigation, money format): open to every module. */
@NamedInterface("ui")
package dev.greenlight.base.ui;

import org.springframework.modulith.NamedInterface;
