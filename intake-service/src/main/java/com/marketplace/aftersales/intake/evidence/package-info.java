/**
 * Photos and videos a customer adds to a case: read as a stream with a size limit per type, typed by their content
 * (never by what the client claims alone), hashed, stored in intake's database, announced as {@code EvidenceAdded}.
 */
package com.marketplace.aftersales.intake.evidence;
