package com.marketplace.aftersales.feedback.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RatingTest {

    @Test
    void onlyOneAndTwoAreNegativeReviews() {
        assertThat(new Rating(1, null).isNegative()).isTrue();
        assertThat(new Rating(2, null).isNegative()).isTrue();
        assertThat(new Rating(3, null).isNegative()).isFalse();
        assertThat(new Rating(5, null).isNegative()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void scoresOutsideOneToFiveAreNotRatings(int score) {
        assertThatThrownBy(() -> new Rating(score, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlankCommentIsNoCommentAndSurroundingWhitespaceIsDropped() {
        assertThat(new Rating(4, "   \n").comment()).isNull();
        assertThat(new Rating(4, "  fast and friendly \n").comment()).isEqualTo("fast and friendly");
    }

    @Test
    void aCommentHasAtMostAThousandCharacters() {
        assertThat(new Rating(4, "x".repeat(1000)).comment()).hasSize(1000);
        assertThatThrownBy(() -> new Rating(4, "x".repeat(1001))).isInstanceOf(IllegalArgumentException.class);
    }
}
