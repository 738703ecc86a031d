"""Surveys (客户满意度调查) in chat: building one, the quarterly one, answering, results."""
