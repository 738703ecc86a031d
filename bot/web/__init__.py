"""The manager's desk on a screen: the web dashboard and Telegram Mini App (aiohttp + Jinja).

A front like `handlers/`: it parses a request, calls one service and renders a page; the
rules, the access checks and the SQL stay where the chat's are.
"""
