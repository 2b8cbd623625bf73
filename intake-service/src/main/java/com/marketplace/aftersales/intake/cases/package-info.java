/**
 * The after-sales case as intake sees it: the domain object that decides what may happen to a request and which
 * events that causes, its storage, and registering a new request. The other feature packages (evidence, review,
 * messages, withdrawal, progress) act on cases through {@link com.marketplace.aftersales.intake.cases.CaseChanges}.
 */
package com.marketplace.aftersales.intake.cases;
