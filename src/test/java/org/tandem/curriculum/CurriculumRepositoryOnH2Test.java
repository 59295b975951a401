package org.tandem.curriculum;

/**
 * {@link CurriculumRepositoryContract} on the embedded H2 database in PostgreSQL mode.
 */
class CurriculumRepositoryOnH2Test extends CurriculumRepositoryContract {

}
