/** Events of {@code aftersales.notifications.v1}, written only by case-view. */
package com.marketplace.aftersales.contracts.notification;
