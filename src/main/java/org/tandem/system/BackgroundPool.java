package org.tandem.system;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * A small pool of threads of its own for long work a request only starts (an import's
 * commit, a matching run), so that the work never holds a request and cannot take the
 * threads other work needs; a bounded queue refuses more than a few waiting jobs. Each
 * module makes its own bean from it. Not an {@code Executor} bean on purpose: Spring
 * would otherwise use it for every {@code @Async} and asynchronous request in the
 * application.
 */
public abstract class BackgroundPool implements DisposableBean {

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	/**
	 * @param threadNamePrefix names the threads in thread dumps, e.g.
	 * {@code import-commit-}
	 * @param threads how many jobs run at once
	 * @param waiting how many may wait before more are refused
	 */
	protected BackgroundPool(String threadNamePrefix, int threads, int waiting) {
		this.executor.setCorePoolSize(threads);
		this.executor.setMaxPoolSize(threads);
		this.executor.setQueueCapacity(waiting);
		this.executor.setThreadNamePrefix(threadNamePrefix);
		this.executor.setWaitForTasksToCompleteOnShutdown(true);
		this.executor.setAwaitTerminationSeconds(60);
		this.executor.initialize();
	}

	/**
	 * @return false if too many jobs are waiting already
	 */
	public boolean start(Runnable job) {
		try {
			this.executor.execute(job);
			return true;
		}
		catch (TaskRejectedException busy) {
			return false;
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

}
