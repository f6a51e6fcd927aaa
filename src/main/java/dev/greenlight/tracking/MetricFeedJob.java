package dev.greenlight.tracking;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily run of the metric feed, at {@code greenlight.prometheus.cron} (default 06:00 UTC). With several instances
 * ShedLock lets one of them run it per schedule (decision 016): the lock is held at least ten minutes, longer than any
 * clock skew between instances, so a second instance that fires a little later finds it taken.
 */
@Component
class MetricFeedJob {

    private static final Logger log = LoggerFactory.getLogger(MetricFeedJob.class);

    private final MetricFeedService feed;

    MetricFeedJob(MetricFeedService feed) {
        this.feed = feed;
    }

    @Scheduled(cron = "${greenlight.prometheus.cron:0 0 6 * * *}", zone = "UTC")
    @SchedulerLock(name = "prometheus-metric-feed", lockAtLeastFor = "PT10M", lockAtMostFor = "PT1H")
    void daily() {
        if (!feed.configured()) {
            return;
        }
        List<MetricFeedService.FeedRun> runs = SystemCaller.call(feed::runAll);
        log.info("Metric feed: {} assessments, {} values written, {} errors", runs.size(),
                runs.stream().mapToInt(MetricFeedService.FeedRun::written).sum(), runs.stream().mapToInt(r -> r.errors().size()).sum());
    }
}
