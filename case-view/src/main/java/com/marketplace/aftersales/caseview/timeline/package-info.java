/**
 * The case timeline shared by the projection (which writes entries) and the API (which reads and streams them), and
 * the in-process fan-out of committed entries to open streams.
 */
package com.marketplace.aftersales.caseview.timeline;
