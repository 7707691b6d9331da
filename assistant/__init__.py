"""The assistant: routing, answers, calculators (assistant.calculators) and quizzes."""
