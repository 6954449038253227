/** The regulators' pages: people of a REGULATOR organization, any role (reading is all these pages do). */
export { REGULATORS } from './regulator.access';
