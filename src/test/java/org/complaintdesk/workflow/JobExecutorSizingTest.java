package org.complaintdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The job executor's sizes fitted to the connection pool it shares with requests. */
class JobExecutorSizingTest {

    @Test
    void sizesThatFitThePoolAreKept() {
        JobExecutorSizing asked = new JobExecutorSizing(8, 2048, 512, 512);

        JobExecutorSizing fitted = JobExecutorSizing.fitted(32, asked);

        assertThat(fitted).isEqualTo(asked);
        assertThat(fitted.changesFrom(asked)).isEmpty();
    }

    @Test
    void jobThreadsTakeAtMostHalfThePoolLessTheExecutorsOwnThreads() {
        JobExecutorSizing fitted = JobExecutorSizing.fitted(32, new JobExecutorSizing(40, 2048, 512, 512));

        assertThat(fitted.threads()).isEqualTo(13);
        assertThat(fitted.changesFrom(new JobExecutorSizing(40, 2048, 512, 512))).containsExactly("job threads 40 -> 13");
    }

    @Test
    void aTinyPoolStillRunsOneJobThread() {
        assertThat(JobExecutorSizing.fitted(4, new JobExecutorSizing(8, 100, 10, 10)).threads()).isEqualTo(1);
    }

    @Test
    void anAcquisitionIsNeverLargerThanTheQueue() {
        JobExecutorSizing fitted = JobExecutorSizing.fitted(32, new JobExecutorSizing(8, 256, 512, 1000));

        assertThat(fitted.timerJobsPerAcquisition()).isEqualTo(256);
        assertThat(fitted.asyncJobsPerAcquisition()).isEqualTo(256);
    }

    @Test
    void unconfiguredThreadsAreTwoPerProcessorStillFittedToThePool() {
        assertThat(JobExecutorSizing.defaultThreads(2)).isEqualTo(4);
        assertThat(JobExecutorSizing.defaultThreads(0)).as("a container that reports no processor").isEqualTo(2);
        JobExecutorSizing onSixteenCores = new JobExecutorSizing(JobExecutorSizing.defaultThreads(16), 256, 128, 128);
        assertThat(JobExecutorSizing.fitted(32, onSixteenCores).threads()).isEqualTo(13);
    }

    @Test
    void nothingIsBelowOne() {
        assertThat(JobExecutorSizing.fitted(32, new JobExecutorSizing(0, 0, 0, -5)))
                .isEqualTo(new JobExecutorSizing(1, 1, 1, 1));
    }

    @Test
    void timersAreTakenOnlyWhileTheQueueHoldsAWholeAcquisition() {
        assertThat(JobExecutorSizing.roomForAcquisition(256, 0, 128)).isTrue();
        assertThat(JobExecutorSizing.roomForAcquisition(200, 0, 128)).isTrue();
        assertThat(JobExecutorSizing.roomForAcquisition(127, 0, 128)).isFalse();
        // a batch taken and still being moved to the queue counts as queued
        assertThat(JobExecutorSizing.roomForAcquisition(256, 128, 128)).isTrue();
        assertThat(JobExecutorSizing.roomForAcquisition(200, 128, 128)).isFalse();
    }
}
