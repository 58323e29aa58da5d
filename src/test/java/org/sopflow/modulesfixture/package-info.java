/**
 * Small applications that break the module rules on purpose, so that {@code ModulesTest} shows each
 * rule failing. Test code only: the application's own modules never see them.
 */
package org.sopflow.modulesfixture;
