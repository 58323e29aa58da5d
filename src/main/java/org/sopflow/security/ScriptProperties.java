package org.sopflow.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which script languages a model may use ({@code sop.scripts.*}).
 *
 * @param allowedLanguages script languages a model may use in script tasks, listeners and
 *     conditions; none by default, since the SOPs need none (expressions are not scripts)
 */
@ConfigurationProperties("sop.scripts")
record ScriptProperties(@DefaultValue List<String> allowedLanguages) {
}
