library(shiny)
library(dplyr)
library(ggplot2)

ui <- fluidPage(
  titlePanel("Air quality explorer"),
  sidebarLayout(
    sidebarPanel(
      selectInput("pollutant", "Variable", choices = c("Ozone", "Solar.R", "Wind", "Temp")),
      sliderInput("months", "Months", min = 5, max = 9, value = c(5, 9), step = 1),
      checkboxInput("smooth", "Add trend line", value = TRUE)
    ),
    mainPanel(
      plotOutput("series", height = "350px"),
      tableOutput("summary")
    )
  )
)

server <- function(input, output, session) {
  filtered <- reactive({
    airquality %>%
      filter(Month >= input$months[1], Month <= input$months[2]) %>%
      mutate(date = as.Date(sprintf("1973-%02d-%02d", Month, Day)))
  })

  output$series <- renderPlot({
    p <- ggplot(filtered(), aes(date, .data[[input$pollutant]])) +
      geom_line(colour = "steelblue") +
      geom_point(size = 1) +
      labs(x = NULL, y = input$pollutant)
    if (input$smooth) p <- p + geom_smooth(method = "loess", se = TRUE)
    p
  })

  output$summary <- renderTable({
    filtered() %>%
      group_by(Month) %>%
      summarise(across(all_of(input$pollutant),
                       list(mean = ~ mean(.x, na.rm = TRUE),
                            max = ~ max(.x, na.rm = TRUE),
                            missing = ~ sum(is.na(.x)))))
  })
}

shinyApp(ui, server)
