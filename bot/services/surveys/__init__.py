"""Surveys (客户满意度调查): built in chat or from the quarterly template, answered by residents,
reminded once, closed at their date, counted per question, per grid and per butler."""
