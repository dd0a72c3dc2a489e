import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { OutboxDispatcher } from '../notifications/outbox-dispatcher.service';
import { JobName, JobsService } from './jobs.service';

/** Puts the jobs on the clock (unless SCHEDULER_ENABLED=false); a failing run is logged and tried next time. */
@Injectable()
export class SchedulerService implements OnApplicationBootstrap {
  private readonly logger = new Logger(SchedulerService.name);

  constructor(
    private readonly registry: SchedulerRegistry,
    private readonly jobs: JobsService,
    private readonly outbox: OutboxDispatcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.scheduler.enabled) return;
    this.registry.addInterval(
      'outbox',
      setInterval(
        () => void this.guard('outbox', () => this.outbox.dispatchDue()),
        this.config.mail.intervalMs,
      ),
    );
    const cron = (name: JobName, expression: string): void => {
      const job = CronJob.from({
        cronTime: expression,
        onTick: () => void this.guard(name, () => this.jobs.run(name)),
        timeZone: this.config.timezone,
        start: true,
      });
      this.registry.addCronJob(name, job);
    };
    cron('cutoffWatch', '*/10 * * * *');
    cron('rollRisk', '*/10 * * * *');
    cron('receivables', '0 9 * * *');
    cron('housekeeping', '30 3 * * *');
  }

  private async guard(name: string, run: () => Promise<unknown>): Promise<void> {
    try {
      await run();
    } catch (error) {
      this.logger.error({ err: error }, `scheduled job ${name} failed`);
    }
  }
}
