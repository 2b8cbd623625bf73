package com.marketplace.aftersales.intake.progress;

import com.marketplace.aftersales.contracts.diagnosis.InstantRefundApproved;
import com.marketplace.aftersales.contracts.feedback.CaseClosed;
import com.marketplace.aftersales.contracts.fulfillment.CaseAbandoned;
import com.marketplace.aftersales.contracts.fulfillment.CompensationPaid;
import com.marketplace.aftersales.contracts.fulfillment.RefundIssued;
import com.marketplace.aftersales.contracts.fulfillment.RefundRequested;
import com.marketplace.aftersales.contracts.fulfillment.RepairProgressed;
import com.marketplace.aftersales.contracts.fulfillment.ReplacementShipped;
import com.marketplace.aftersales.contracts.fulfillment.ReturnShipped;
import com.marketplace.aftersales.platform.consumer.CaseEventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The later-stage events intake consumes, one handler bean each (the platform subscribes intake's consumer group to
 * their topics). Goods or money have moved once the customer shipped a return, a refund was ordered or paid, a
 * replacement left, compensation was paid, or a repair started moving the item. An instant refund approves the case
 * without a review.
 */
@Configuration(proxyBeanMethods = false)
class DownstreamEvents {

    @Bean
    CaseEventHandler<InstantRefundApproved> instantRefundApproved(CaseProgress progress) {
        return progress.approvedOn(InstantRefundApproved.class);
    }

    @Bean
    CaseEventHandler<ReturnShipped> returnShipped(CaseProgress progress) {
        return progress.goodsOrMoneyMovedOn(ReturnShipped.class);
    }

    @Bean
    CaseEventHandler<RefundRequested> refundRequested(CaseProgress progress) {
        return progress.goodsOrMoneyMovedOn(RefundRequested.class);
    }

    @Bean
    CaseEventHandler<RefundIssued> refundIssued(CaseProgress progress) {
        return progress.goodsOrMoneyMovedOn(RefundIssued.class);
    }

    @Bean
    CaseEventHandler<ReplacementShipped> replacementShipped(CaseProgress progress) {
        return progress.goodsOrMoneyMovedOn(ReplacementShipped.class);
    }

    @Bean
    CaseEventHandler<CompensationPaid> compensationPaid(CaseProgress progress) {
        return progress.goodsOrMoneyMovedOn(CompensationPaid.class);
    }

    @Bean
    CaseEventHandler<RepairProgressed> repairProgressed(CaseProgress progress) {
        return progress.goodsOrMoneyMovedOn(RepairProgressed.class);
    }

    @Bean
    CaseEventHandler<CaseAbandoned> caseAbandoned(CaseProgress progress) {
        return progress.endedOn(CaseAbandoned.class);
    }

    @Bean
    CaseEventHandler<CaseClosed> caseClosed(CaseProgress progress) {
        return progress.endedOn(CaseClosed.class);
    }
}
