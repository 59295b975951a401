package org.tandem.matching;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs matching in the background on a small pool of its own, so that a national run
 * never holds a request and cannot take the threads other work needs. One run at a time
 * solves (the solver itself uses every processor, and a national run needs most of the
 * heap); a few more may wait. Not an {@code Executor} bean on purpose: Spring would
 * otherwise use it for every {@code @Async} and asynchronous request in the application.
 */
@Component
class RunExecutor implements DisposableBean {

	static final int THREADS = 1;

	static final int WAITING = 10;

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	RunExecutor() {
		this.executor.setCorePoolSize(THREADS);
		this.executor.setMaxPoolSize(THREADS);
		this.executor.setQueueCapacity(WAITING);
		this.executor.setThreadNamePrefix("matching-run-");
		this.executor.setWaitForTasksToCompleteOnShutdown(true);
		this.executor.setAwaitTerminationSeconds(60);
		this.executor.initialize();
	}

	/**
	 * @return false if too many runs are waiting already
	 */
	boolean start(Runnable run) {
		try {
			this.executor.execute(run);
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
