package org.tandem.imports;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs commits in the background on a small pool of its own, so that a large file never
 * holds a request, and so that imports cannot take the threads other work needs. Not an
 * {@code Executor} bean on purpose: Spring would otherwise use it for every
 * {@code @Async} in the application.
 */
@Component
class CommitRunner implements DisposableBean {

	static final int THREADS = 2;

	static final int WAITING = 20;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	CommitRunner() {
		this.executor.setCorePoolSize(THREADS);
		this.executor.setMaxPoolSize(THREADS);
		this.executor.setQueueCapacity(WAITING);
		this.executor.setThreadNamePrefix("import-commit-");
		this.executor.setWaitForTasksToCompleteOnShutdown(true);
		this.executor.setAwaitTerminationSeconds(60);
		this.executor.initialize();
	}

	/**
	 * @return false if too many commits are waiting already
	 */
	boolean start(Runnable commit) {
		try {
			this.executor.execute(commit);
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
