/**
 * Option blocks several commands share, as picocli mixins: one declaration and one help text per
 * option, so a name, default or label cannot drift apart between commands. Options whose meaning
 * differs between commands (an output file here, a folder there) stay in their commands.
 */
package org.sprintgym.cli.options;
