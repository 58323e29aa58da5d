package org.sopflow.lint;

/** How serious a lint finding is: errors refuse a deployment, warnings are logged and reported. */
public enum Severity {
  ERROR,
  WARNING
}
