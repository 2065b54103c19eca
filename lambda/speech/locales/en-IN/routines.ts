/**
 * Indian English: the routine messages whose wording differs from en-GB and `en` are the same as
 * Canadian English's ("physiotherapist", the everyday word in India too), so they are shared.
 */
export { default } from '../en-CA/routines';
