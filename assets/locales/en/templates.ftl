# The built-in templates' content: map titles, scenarios, stage names, example
# cards, team names, KPI names and units, and the notes on the emotion curve.
# Keys are tpl-<template>-<part>-<name>; the core's src/templates.rs places
# them. A map made from a template gets this text in the language it is made
# in, so each language uses its own terms for stages, lanes and pain points.
# Quotes inside cards are the customer's words: use the language's own marks.

## blank

tpl-blank-title = Untitled journey
tpl-blank-stage-1 = Stage 1
tpl-blank-stage-2 = Stage 2
tpl-blank-stage-3 = Stage 3
tpl-blank-stage-4 = Stage 4
tpl-blank-stage-5 = Stage 5

## b2c

tpl-b2c-title = Online shop: first purchase
tpl-b2c-scenario = A first-time customer buys running shoes online and keeps using the shop.
tpl-b2c-stage-awareness = Awareness
tpl-b2c-stage-consideration = Consideration
tpl-b2c-stage-purchase = Purchase
tpl-b2c-stage-onboarding = Onboarding
tpl-b2c-stage-usage = Usage
tpl-b2c-stage-retention = Retention
tpl-b2c-stage-advocacy = Advocacy
tpl-b2c-card-find-shoes = Find shoes that stop my knee pain
tpl-b2c-card-pay-quickly = Pay quickly and know when it arrives
tpl-b2c-card-sees-friend = Sees a friend's running post
tpl-b2c-card-compares-models = Compares three models and reads reviews
tpl-b2c-card-orders-app = Orders in the app
tpl-b2c-card-unboxes-tries = Unboxes and tries the shoes on
tpl-b2c-card-runs-times = Runs three times a week
tpl-b2c-card-gets-reminder = Gets a reminder to replace worn shoes
tpl-b2c-card-posts-review = Posts a review with photos
tpl-b2c-card-instagram-post = Instagram post
tpl-b2c-card-product-pages = Product pages and reviews
tpl-b2c-card-checkout-app = Checkout in the app
tpl-b2c-card-box-fitting = Box with a fitting guide
tpl-b2c-card-chat-running = Chat with a running coach
tpl-b2c-card-replacement-reminder = Replacement reminder
tpl-b2c-card-review-shared = Review shared on social media
tpl-b2c-card-right-flat = “Which of these is right for flat feet?”
tpl-b2c-card-delivery-extra = “Why is delivery extra now?”
tpl-b2c-card-friends-should = “My friends should try this shop”
tpl-b2c-card-size-charts = Size charts differ between brands
tpl-b2c-card-delivery-cost = Delivery cost shown only at the last step
tpl-b2c-card-reminder-emails = Reminder emails feel generic
tpl-b2c-card-fit-finder = Fit finder that asks about foot shape
tpl-b2c-card-show-delivery = Show delivery cost on the product page
tpl-b2c-card-reminder-based = Reminder based on distance run
tpl-b2c-kpi-conversion-rate = Conversion rate
tpl-b2c-unit-percent = %
tpl-b2c-kpi-csat = CSAT
tpl-b2c-unit-out-of-5 = /5
tpl-b2c-kpi-nps = NPS
tpl-b2c-feeling-curious = Curious
tpl-b2c-feeling-unsure-model = Unsure which model fits
tpl-b2c-feeling-surprised-delivery = Surprised by delivery cost
tpl-b2c-feeling-good-first = Good first impression
tpl-b2c-feeling-runs-without = Runs without pain
tpl-b2c-feeling-proud-recommend = Proud to recommend

## b2b

tpl-b2b-title = B2B software: from idea to expansion
tpl-b2b-scenario = An operations lead at a mid-size firm replaces spreadsheets with a planning tool.
tpl-b2b-stage-out-market = Out of market
tpl-b2b-stage-motivation = Motivation
tpl-b2b-stage-initial-research = Initial research
tpl-b2b-stage-selection = Selection
tpl-b2b-stage-purchase = Purchase
tpl-b2b-stage-onboarding = Onboarding
tpl-b2b-stage-expansion = Expansion
tpl-b2b-card-keep-up = Keep up with ideas in the field
tpl-b2b-card-stop-losing = Stop losing orders to spreadsheet errors
tpl-b2b-card-pick-tool = Pick a tool the team will actually use
tpl-b2b-card-reads-industry = Reads industry newsletters
tpl-b2b-card-missed-delivery = A missed delivery makes change urgent
tpl-b2b-card-builds-long = Builds a long list of ten vendors
tpl-b2b-card-short-lists = Short-lists three and books demos
tpl-b2b-card-negotiates-signs = Negotiates and signs the contract
tpl-b2b-card-imports-data = Imports data and trains the team
tpl-b2b-card-rolls-out = Rolls out to a second site
tpl-b2b-card-newsletter = Newsletter
tpl-b2b-card-trade-fair = Trade fair talk
tpl-b2b-card-comparison-pages = Comparison pages
tpl-b2b-card-demo-call = Demo call
tpl-b2b-card-contract-email = Contract by e-mail
tpl-b2b-card-onboarding-chat = Onboarding chat
tpl-b2b-card-pricing-hidden = Pricing hidden behind “contact sales”
tpl-b2b-card-legal-review = Legal review takes six weeks
tpl-b2b-card-data-import = Data import fails on old formats
tpl-b2b-card-publish-clear = Publish clear price tiers
tpl-b2b-card-standard-contract = Standard contract with pre-approved clauses
tpl-b2b-card-import-wizard = Import wizard with format checks
tpl-b2b-team-sales = Sales
tpl-b2b-card-tailored-demo = Tailored demo with customer data
tpl-b2b-team-customer-success = Customer success
tpl-b2b-card-kick-off = Kick-off and training plan
tpl-b2b-team-legal = Legal
tpl-b2b-card-contract-review = Contract review
tpl-b2b-team-support = Support
tpl-b2b-card-data-migration = Data migration scripts
tpl-b2b-feeling-under-pressure = Under pressure
tpl-b2b-feeling-overwhelmed-options = Overwhelmed by options
tpl-b2b-feeling-demo-looks = Demo looks promising
tpl-b2b-feeling-stuck-legal = Stuck in legal review
tpl-b2b-feeling-import-problems = Import problems
tpl-b2b-feeling-clear-results = Clear results, wants more

## service

tpl-service-title = Car service centre: annual service
tpl-service-scenario = A car owner gets the yearly service done before a long trip.
tpl-service-stage-need-noticed = Need noticed
tpl-service-stage-search-compare = Search and compare
tpl-service-stage-booking = Booking
tpl-service-stage-drop-off = Drop-off
tpl-service-stage-waiting-repair = Waiting / repair
tpl-service-stage-pick-up = Pick-up and payment
tpl-service-stage-follow-up = Follow-up
tpl-service-card-service-light = Service light comes on
tpl-service-card-compares-prices = Compares prices of three garages
tpl-service-card-books-slot = Books a slot online
tpl-service-card-hands-over = Hands over the keys
tpl-service-card-waits-call = Waits for a call
tpl-service-card-pays-collects = Pays and collects the car
tpl-service-card-answers-short = Answers a short survey
tpl-service-card-price-list = Price list online
tpl-service-card-booking-form = Booking form
tpl-service-card-reception-desk = Reception desk
tpl-service-card-call-about = Call about extra work
tpl-service-card-cash-desk = Cash desk
tpl-service-card-survey-email = Survey e-mail
tpl-service-card-prices-not = Prices are not comparable
tpl-service-card-no-update = No update for hours
tpl-service-card-bill-higher = Bill higher than the quote
tpl-service-card-text-message = Text message with photos of the repair
tpl-service-card-approve-extra = Approve extra work in the app before it is done
tpl-service-team-reception = Reception
tpl-service-card-checks-car = Checks the car in with the customer
tpl-service-team-service-advisor = Service advisor
tpl-service-card-calls-approve = Calls to approve extra work
tpl-service-team-workshop = Workshop
tpl-service-card-inspection-repair = Inspection and repair
tpl-service-card-confirms-slot = Confirms the slot
tpl-service-team-parts = Parts
tpl-service-card-parts-ordered = Parts ordered from the warehouse
tpl-service-kpi-average-repair = Average repair time
tpl-service-unit-hours = h
tpl-service-kpi-csat = CSAT
tpl-service-unit-out-of-5 = /5
tpl-service-feeling-worried-about = Worried about cost
tpl-service-feeling-easy-booking = Easy booking
tpl-service-feeling-no-news = No news, car still not ready
tpl-service-feeling-bill-higher-expected = Bill higher than expected
tpl-service-feeling-car-runs = Car runs well
