/**
 * The case timeline shared by the projection (which writes entries and signals them on commit) and the API (which
 * reads and streams them), and the fan-out of committed entries — from any instance, through PostgreSQL
 * {@code LISTEN/NOTIFY} — to the open streams of this instance.
 */
package com.marketplace.aftersales.caseview.timeline;
