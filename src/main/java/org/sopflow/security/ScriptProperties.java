package org.sopflow.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What code a model may run ({@code sop.scripts.*}); none by default, since the SOPs need none (their
 * conditions only read variables and compare them, which is always allowed).
 *
 * @param allowedLanguages script languages a model may use in script tasks, listeners and conditions
 * @param allowedClasses Java classes a model may name ({@code camunda:class}, a listener's {@code class})
 * @param allowedBeans Spring beans a model may name in a delegate expression ({@code ${name}}); the
 *     engine's expressions see these beans and no other
 * @param allowDecisions whether DMN decisions may be deployed (held to the same rules)
 */
@ConfigurationProperties("sop.scripts")
record ScriptProperties(@DefaultValue List<String> allowedLanguages, @DefaultValue List<String> allowedClasses,
                        @DefaultValue List<String> allowedBeans, @DefaultValue("false") boolean allowDecisions) {
}
