/**
 * Option blocks several commands share, as picocli mixins: one declaration and one help text per
 * option, so a name, default or label cannot drift apart between commands. Options whose meaning
 * differs between commands (an output file here, a folder there), whose default or label differs,
 * or whose help text says what is particular to one command stay in their commands, with a
 * comment saying why.
 */
package org.sprintgym.cli.options;
